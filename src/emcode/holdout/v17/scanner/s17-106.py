import json as js
import socketserver


def add(a, b):
    return a + b


def upper(s):
    return str(s).upper()


TASKS = {"add": add, "upper": upper}


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline(65536)
        try:
            job = js.loads(line)
            func = TASKS[job["task"]]
            result = func(*job.get("args", []))
        except (ValueError, KeyError, TypeError):
            self.wfile.write(b'{"error": "bad job"}\n')
            return
        self.wfile.write(js.dumps({"result": result}).encode() + b"\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9100), JobHandler) as srv:
        srv.serve_forever()
