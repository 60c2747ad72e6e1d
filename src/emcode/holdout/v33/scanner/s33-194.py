import sys


class ParkingCLI:
    def status(self, lot):
        print(f"lot {lot}: open")

    def close(self, lot):
        print(f"lot {lot}: closed")

    def open(self, lot):
        print(f"lot {lot}: opened")


COMMANDS = {"status", "close", "open"}


def main(argv):
    if len(argv) != 3 or argv[1] not in COMMANDS:
        print("usage: lotctl {status|open|close} LOT")
        return 2
    getattr(ParkingCLI(), argv[1])(argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
