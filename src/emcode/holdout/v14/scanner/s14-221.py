import SocketServer
import cPickle


class RPCHandler(SocketServer.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(65536)
        call = cPickle.loads(data)
        result = getattr(self.server.api, call["method"])(*call["args"])
        self.request.sendall(cPickle.dumps(result))


class API(object):
    def add(self, a, b):
        return a + b


if __name__ == "__main__":
    srv = SocketServer.TCPServer(("0.0.0.0", 7000), RPCHandler)
    srv.api = API()
    srv.serve_forever()
