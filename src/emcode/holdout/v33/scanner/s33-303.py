import subprocess
import sys
import tempfile


def print_label(patient, drug, directions):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=True) as fh:
        fh.write(f"{patient}\n{drug}\n{directions}\n")
        fh.flush()
        subprocess.run(["lp", "-d", "label_printer", fh.name], check=True)


if __name__ == "__main__":
    print_label(*sys.argv[1:4])
