from multiprocessing.connection import Listener


def main() -> None:
    with Listener(("0.0.0.0", 6001)) as listener:
        while True:
            with listener.accept() as conn:
                task = conn.recv()
                print("got task", task)
                conn.send({"status": "accepted"})


if __name__ == "__main__":
    main()
