#!/usr/bin/env python3
"""A small DNS server for the dns tests (stdlib only): fixed records under
example.test, answered over UDP and TCP on 127.0.0.1 (one port).

usage: dns_server.py [PORT]    (0 or none: a free port)

Prints the port on its first line of stdout, then serves until stdin
closes (the test that started it exits) or it is killed.

Names (see ZONE below): every type the dns module resolves, plus
  nx.example.test       NXDOMAIN (any name not listed is NXDOMAIN too)
  fail.example.test     SERVFAIL
  refused.example.test  REFUSED
  silent.example.test   no answer at all (the client times out)
  big.example.test      TXT records too long for UDP: the UDP answer is
                        truncated (TC, no records), the client asks again
                        over TCP
A listed name asked for a type it does not have answers NOERROR with no
records (NODATA)."""
import socket
import struct
import sys
import threading

A, NS, CNAME, SOA, PTR, MX, TXT, AAAA, SRV, NAPTR, ANY, CAA = (
    1, 2, 5, 6, 12, 15, 16, 28, 33, 35, 255, 257)


def name(n):
    out = b''
    for label in n.rstrip('.').split('.'):
        if label:
            out += bytes([len(label)]) + label.encode()
    return out + b'\0'


def txt(*chunks):
    return b''.join(bytes([len(c)]) + c.encode() for c in chunks)


def caa(flags, tag, value):
    return bytes([flags, len(tag)]) + tag.encode() + value.encode()


def naptr(order, pref, flags, service, regexp, replacement):
    return (struct.pack('>HH', order, pref) + txt(flags) + txt(service) + txt(regexp) +
            name(replacement))


def soa(mname, rname, serial, refresh, retry, expire, minimum):
    return name(mname) + name(rname) + struct.pack('>IIIII', serial, refresh, retry, expire, minimum)


# name -> [(type, ttl, rdata)]
ZONE = {
    'a.example.test': [
        (A, 300, socket.inet_pton(socket.AF_INET, '192.0.2.1')),
        (A, 60, socket.inet_pton(socket.AF_INET, '192.0.2.2')),
        (AAAA, 120, socket.inet_pton(socket.AF_INET6, '2001:db8::1')),
        (AAAA, 30, socket.inet_pton(socket.AF_INET6, '2001:db8::2')),
    ],
    'www.example.test': [(CNAME, 600, name('a.example.test'))],
    'mail.example.test': [
        (MX, 3600, struct.pack('>H', 10) + name('mx1.example.test')),
        (MX, 3600, struct.pack('>H', 20) + name('mx2.example.test')),
    ],
    'txt.example.test': [
        (TXT, 300, txt('v=spf1 -all')),
        (TXT, 300, txt('chunk one', 'chunk two')),
    ],
    '_sip._tcp.example.test': [
        (SRV, 300, struct.pack('>HHH', 10, 60, 5060) + name('sip1.example.test')),
        (SRV, 300, struct.pack('>HHH', 20, 0, 5061) + name('sip2.example.test')),
    ],
    'example.test': [
        (NS, 86400, name('ns1.example.test')),
        (NS, 86400, name('ns2.example.test')),
        (SOA, 3600, soa('ns1.example.test', 'hostmaster.example.test', 2024010101, 7200, 900,
                        1209600, 300)),
    ],
    'caa.example.test': [
        (CAA, 300, caa(0, 'issue', 'letsencrypt.org')),
        (CAA, 300, caa(128, 'iodef', 'mailto:security@example.test')),
    ],
    'naptr.example.test': [
        (NAPTR, 300, naptr(100, 10, 'S', 'SIP+D2U', '', '_sip._udp.example.test')),
        (NAPTR, 300, naptr(102, 10, 'S', 'SIP+D2T', '', '_sip._tcp.example.test')),
    ],
    '1.2.0.192.in-addr.arpa': [
        (PTR, 300, name('host.example.test')),
        (PTR, 300, name('alias.example.test')),
    ],
    '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': [
        (PTR, 300, name('host6.example.test')),
    ],
    'ptr.example.test': [(PTR, 300, name('target.example.test'))],
    'xn--bcher-kva.example.test': [(A, 300, socket.inet_pton(socket.AF_INET, '192.0.2.5'))],
    'any.example.test': [
        (A, 300, socket.inet_pton(socket.AF_INET, '192.0.2.10')),
        (AAAA, 300, socket.inet_pton(socket.AF_INET6, '2001:db8::10')),
        (MX, 300, struct.pack('>H', 5) + name('mx.any.example.test')),
        (TXT, 300, txt('hello', 'world')),
        (NS, 300, name('ns.any.example.test')),
        (SOA, 300, soa('ns.any.example.test', 'root.any.example.test', 7, 1, 2, 3, 4)),
        (CAA, 300, caa(0, 'issue', 'ca.example.net')),
    ],
}
ZONE['big.example.test'] = [(TXT, 60, txt('record %02d ' % i + 'x' * 90)) for i in range(12)]
RCODE = {'fail.example.test': 2, 'refused.example.test': 5}
UDP_MAX = 512
SILENT = {'silent.example.test'}


def parse_question(msg):
    """(id, flags, qname, qtype, end of the question) or None."""
    if len(msg) < 12:
        return None
    qid, flags, qd = struct.unpack('>HHH', msg[:6])
    if qd != 1:
        return None
    i, labels = 12, []
    while True:
        if i >= len(msg):
            return None
        n = msg[i]
        i += 1
        if n == 0:
            break
        if n & 0xc0 or i + n > len(msg):
            return None
        labels.append(msg[i:i + n].decode('latin-1'))
        i += n
    if i + 4 > len(msg):
        return None
    qtype, _qclass = struct.unpack('>HH', msg[i:i + 4])
    return qid, flags, '.'.join(labels), qtype, i + 4


def answer(msg, udp=False):
    reply = answer_full(msg)
    if udp and reply is not None and len(reply) > UDP_MAX:
        q = parse_question(msg)
        reply = build(q[0], q[1] & 0x0100, 0, msg[12:q[4]], [], [])
        reply = reply[:2] + bytes([reply[2] | 0x02]) + reply[3:]  # TC
    return reply


def answer_full(msg):
    q = parse_question(msg)
    if q is None:
        return None
    qid, flags, qname, qtype, qend = q
    key = qname.lower()
    if key in SILENT:
        return None
    rd = flags & 0x0100
    rcode, records = 0, []
    if key in RCODE:
        rcode = RCODE[key]
    elif key not in ZONE:
        rcode = 3
    else:
        recs = ZONE[key]
        records = [r for r in recs if qtype == ANY or r[0] == qtype]
        if not records and qtype in (A, AAAA):  # follow a CNAME
            cname = [r for r in recs if r[0] == CNAME]
            if cname:
                target = 'a.example.test'
                records = cname + [r for r in ZONE[target] if r[0] == qtype]
                owner = [key] + [target] * (len(records) - 1)
                return build(qid, rd, rcode, msg[12:qend], records, owner)
    return build(qid, rd, rcode, msg[12:qend], records, [key] * len(records))


def build(qid, rd, rcode, question, records, owners):
    flags = 0x8000 | 0x0400 | rd | 0x0080 | rcode  # QR AA RD RA
    out = struct.pack('>HHHHHH', qid, flags, 1, len(records), 0, 0) + question
    for (rtype, ttl, rdata), owner in zip(records, owners):
        out += name(owner) + struct.pack('>HHIH', rtype, 1, ttl, len(rdata)) + rdata
    return out


def bind_both(port):
    """A UDP and a TCP socket on the same port of 127.0.0.1 (with port 0, a
    free one for both: the UDP one's port may be taken for TCP)."""
    for _ in range(100):
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.bind(('127.0.0.1', port))
        t = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            t.bind(('127.0.0.1', s.getsockname()[1]))
        except OSError:
            s.close()
            t.close()
            if port:
                raise
            continue
        t.listen(16)
        return s, t
    sys.exit('dns_server.py: no port free for both UDP and TCP')


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    s, t = bind_both(port)
    print(s.getsockname()[1], flush=True)

    def serve_udp():
        while True:
            try:
                msg, peer = s.recvfrom(4096)
            except OSError:  # an ICMP error from an earlier reply
                continue
            reply = answer(msg, udp=True)
            if reply is not None:
                s.sendto(reply, peer)

    def serve_tcp_conn(c):
        with c:
            while True:
                head = c.recv(2, socket.MSG_WAITALL)
                if len(head) < 2:
                    return
                msg = c.recv(struct.unpack('>H', head)[0], socket.MSG_WAITALL)
                reply = answer(msg)
                if reply is None:
                    continue
                c.sendall(struct.pack('>H', len(reply)) + reply)

    def serve_tcp():
        while True:
            c, _ = t.accept()
            threading.Thread(target=serve_tcp_conn, args=(c,), daemon=True).start()

    threading.Thread(target=serve_udp, daemon=True).start()
    threading.Thread(target=serve_tcp, daemon=True).start()
    sys.stdin.read()  # until the test closes our stdin


if __name__ == '__main__':
    main()
