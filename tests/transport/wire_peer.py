"""A hand-made muk wire v2 client for the tests (docs/wire.md): raw nanomsg
through ctypes, the handshake, keyed (HMAC-SHA-256) and unkeyed DATA
frames. It exists to send what a well-behaved client never would:
replayed, tampered, foreign and random frames. No encryption (Python's
standard library has no AES-GCM; the C unit tests cover encrypted frames).
"""
import ctypes
import hashlib
import hmac
import os
import struct

_nn = ctypes.CDLL('libnanomsg.so.5', use_errno=True)
_nn.nn_recv.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
_nn.nn_send.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]
_nn.nn_freemsg.argtypes = [ctypes.c_void_p]
AF_SP_RAW, NN_REQ, NN_REP = 2, 48, 49
NN_SOL_SOCKET, NN_SNDTIMEO, NN_RCVTIMEO, NN_RCVMAXSIZE = 0, 4, 5, 16
NN_MSG = ctypes.c_size_t(-1).value

HELLO, WELCOME, REFUSE, DATA, BYE = 1, 2, 3, 4, 5
CHUNK, BATCH = 7, 8
TAG = 1
OP_PING = 0xffffffff
T_I64, T_F64, T_STR, T_BYTES = 1, 2, 3, 4


class Sock:
    """A raw nanomsg socket (XREQ by default), connected or bound to url."""

    def __init__(self, url, proto=NN_REQ, bind=False):
        self.s = _nn.nn_socket(AF_SP_RAW, proto)
        assert self.s >= 0
        big = ctypes.c_int(80 << 20)
        _nn.nn_setsockopt(self.s, NN_SOL_SOCKET, NN_RCVMAXSIZE, ctypes.byref(big), 4)
        rc = (_nn.nn_bind if bind else _nn.nn_connect)(self.s, url.encode())
        assert rc >= 0, 'nanomsg cannot use %s' % url
        self.timeout(2000)

    def timeout(self, ms):
        t = ctypes.c_int(ms)
        _nn.nn_setsockopt(self.s, NN_SOL_SOCKET, NN_SNDTIMEO, ctypes.byref(t), 4)
        _nn.nn_setsockopt(self.s, NN_SOL_SOCKET, NN_RCVTIMEO, ctypes.byref(t), 4)

    def send(self, frame, word=1):
        """frame with a backtrace word in front (what XREP hands back)."""
        data = struct.pack('>I', (word & 0x7fffffff) | 0x80000000) + frame
        return _nn.nn_send(self.s, data, len(data), 0) >= 0

    def recv(self):
        """The next message, or None after the timeout."""
        p = ctypes.c_void_p()
        n = _nn.nn_recv(self.s, ctypes.byref(p), NN_MSG, 0)
        if n < 0:
            return None
        data = ctypes.string_at(p, n)
        _nn.nn_freemsg(p)
        return data

    def close(self):
        _nn.nn_close(self.s)


def env(kind, sec=0, conn=0, seq=0):
    return b'MUKW' + bytes([4, kind, sec, 0]) + struct.pack('<QQ', conn, seq)


def tag(key, data):
    return hmac.new(key, data, hashlib.sha256).digest()[:16]


def hkdf(key, salt, info, n):
    prk = hmac.new(salt, key, hashlib.sha256).digest()
    out, t, i = b'', b'', 1
    while len(out) < n:
        t = hmac.new(prk, t + info + bytes([i]), hashlib.sha256).digest()
        out += t
        i += 1
    return out[:n]


def message(name, op, rid, args=(), payload=b'', flags=0, status=0):
    """The body of a DATA frame (after the envelope)."""
    body = struct.pack('<BBHIIiQ', len(args), 0, len(name), flags, op, status, rid) + name
    for a in args:
        if isinstance(a, int):
            body += bytes([T_I64]) + struct.pack('<q', a)
        elif isinstance(a, str):
            body += bytes([T_STR]) + struct.pack('<I', len(a.encode())) + a.encode()
        else:
            body += bytes([T_BYTES]) + struct.pack('<I', len(a)) + a
    return body + struct.pack('<Q', len(payload)) + payload


def batch(items):
    """The body of a BATCH frame of these DATA bodies (docs/wire.md)."""
    frames = [env(DATA) + i for i in items]
    return struct.pack('<HH', len(frames), 0) + b''.join(struct.pack('<I', len(f)) + f for f in frames)


def parse_reply(body):
    """(op, id, status, [args]) of a DATA body (no payload support needed)."""
    nargs, _, name_len, flags, op, status, rid = struct.unpack_from('<BBHIIiQ', body)
    off = 24 + name_len
    args = []
    for _ in range(nargs):
        t = body[off]
        off += 1
        if t in (T_I64, T_F64):
            args.append(struct.unpack_from('<q', body, off)[0])
            off += 8
        else:
            n = struct.unpack_from('<I', body, off)[0]
            args.append(body[off + 4:off + 4 + n])
            off += 4 + n
    return op, rid, status, args


class Client:
    """One connection: handshake, then seal()/open() DATA frames."""

    def __init__(self, url, key=None, join=0, join_key=None, sock=None):
        self.key = key
        self.sock = sock or Sock(url)
        self.seq = 0
        self.rx = 0
        nonce = os.urandom(32)
        flags = 1 if key else 0
        hello = env(HELLO, TAG if key else 0) + nonce + bytes([flags]) + bytes(7) + \
            struct.pack('<Q', join)
        if key:
            hello += tag(join_key if join else key, hello)
        self.sock.send(hello)
        self.refused = None
        while True:
            f = self.sock.recv()
            assert f is not None, 'no handshake answer'
            if f[5] == REFUSE:
                st, _, echo, n = struct.unpack_from('<iIQH', f, 24)
                self.refused = (st, f[42:42 + n].decode())
                return
            if f[5] == WELCOME and f[24:56] == nonce:
                break
        self.conn = struct.unpack_from('<Q', f, 8)[0]
        snonce = f[56:88]
        self.token = struct.unpack_from('<Q', f, 88)[0]
        wflags = f[96]
        self.lease = struct.unpack_from('<I', f, 100)[0]
        if key:
            assert f[6] & TAG and tag(key, f[:-16]) == f[-16:], 'welcome not signed'
            okm = hkdf(key, nonce + snonce, b'muk wire v2' + struct.pack('<QQ', self.conn, self.token), 160)
            self.c2s, self.s2c, self.join_key = okm[:32], okm[32:64], okm[128:160]
        self.enc = bool(wflags & 2)  # granted: this peer cannot follow, it just notes it

    def seal(self, kind, body, seq=None):
        self.seq = self.seq + 1 if seq is None else seq
        f = env(kind, TAG if self.key else 0, self.conn, self.seq) + body
        return f + tag(self.c2s, f) if self.key else f

    def open_all(self, f):
        """The DATA bodies of a reply frame (several in a BATCH), or []."""
        if f is None or len(f) < 24 or f[5] != BATCH:
            b = self.open(f)
            return [] if b is None else [b]
        body = self.open(f, BATCH)
        out = []
        if body is None:
            return out
        count = struct.unpack_from('<H', body, 0)[0]
        off = 4
        for _ in range(count):
            n = struct.unpack_from('<I', body, off)[0]
            out.append(body[off + 4 + 24:off + 4 + n])
            off += 4 + n
        return out

    def open(self, f, kind=DATA):
        """The body of a reply frame on this connection, or None."""
        if f is None or len(f) < 24 or f[5] != kind:
            return None
        conn, seq = struct.unpack_from('<QQ', f, 8)
        if conn != self.conn or seq <= self.rx:
            return None
        if self.key:
            if tag(self.s2c, f[:-16]) != f[-16:]:
                return None
            f = f[:-16]
        self.rx = seq
        return f[24:]

    def call(self, name, op, rid, args=()):
        """Send one request; its reply (op, id, status, args), or None."""
        self.sock.send(self.seal(DATA, message(name, op, rid, args)))
        return self.reply(rid)

    def reply(self, rid):
        got = getattr(self, 'got', {})
        self.got = got
        while rid not in got:
            f = self.sock.recv()
            if f is None:
                return None
            for b in self.open_all(f):
                r = parse_reply(b)
                got[r[1]] = r
        return got.pop(rid)
