import os
import sys

PUBLIC = "/var/www/html/timetables"


def publish(name, text):
    os.makedirs(PUBLIC, mode=0o755, exist_ok=True)
    path = os.path.join(PUBLIC, os.path.basename(name))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(path, 0o644)
    return path


if __name__ == "__main__":
    print(publish("spin-classes.txt", "Mon 07:00 Spin\nWed 18:30 Spin\nSat 09:00 Spin\n"))
