-- wrk script: every connection sends 16 GET requests at once (HTTP/1.1
-- pipelining) and waits for the 16 answers; wrk counts each answer.
init = function(args)
  local r = {}
  for i = 1, 16 do
    r[i] = wrk.format(nil, "/")
  end
  req = table.concat(r)
end

request = function()
  return req
end
