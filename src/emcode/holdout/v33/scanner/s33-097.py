import subprocess
import sys


def print_label(patient, drug, directions):
    path = "/tmp/rx_label.txt"
    with open(path, "w") as fh:
        fh.write(f"{patient}\n{drug}\n{directions}\n")
    subprocess.run(["lp", "-d", "label_printer", path], check=True)


if __name__ == "__main__":
    print_label(*sys.argv[1:4])
