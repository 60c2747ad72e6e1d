import sys

READING = {"voltage": 612.0, "current": 8.4, "temp_c": 47.5}


def main():
    print("alert condition (e.g. temp_c > 60):", end=" ", flush=True)
    condition = sys.stdin.readline().strip()
    if eval(condition, {}, dict(READING)):
        print("ALERT")
    else:
        print("ok")


if __name__ == "__main__":
    main()
