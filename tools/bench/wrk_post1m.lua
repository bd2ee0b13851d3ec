-- wrk script: every request is a POST of a 1 MiB body (the echo server
-- sends it back, so a request is 1 MiB each way).
wrk.method = "POST"
wrk.body = string.rep("x", 1048576)
wrk.headers["Content-Type"] = "application/octet-stream"
