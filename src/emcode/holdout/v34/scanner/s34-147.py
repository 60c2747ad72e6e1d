import os
import sys


def convert(src, fmt):
    os.system(f"libreoffice --headless --convert-to {fmt} {src}")


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "pdf")
    print("converted", sys.argv[1], "to", sys.argv[2] if len(sys.argv) > 2 else "pdf", "- see the outp