import pickle as pk
import socket

HOST = "0.0.0.0"
PORT = 9400


def serve():
    with socket.create_server((HOST, PORT)) as srv:
        while True:
            conn, addr = srv.accept()
            with conn:
                chunks = []
                while True:
                    data = conn.recv(4096)
                    if not data:
                        break
                    chunks.append(data)
                reading = pk.loads(b"".join(chunks))
                print(f"pump station {reading['station']}: {reading['flow_lps']} l/s")


if __name__ == "__main__":
    serve()
