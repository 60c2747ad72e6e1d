import socket
import cPickle as pickle

HOST, PORT = "0.0.0.0", 7000

sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.bind((HOST, PORT))
sock.listen(5)
while True:
    conn, addr = sock.accept()
    raw = conn.recv(65536)
    task = pickle.loads(raw)
    print("got task from", addr, task)
    result = task.run()
    conn.send(