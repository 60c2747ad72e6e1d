import subprocess
import tempfile


def print_label(bag_tag: str, flight: str) -> None:
    path = tempfile.mktemp(suffix=".zpl")
    with open(path, "w") as fh:
        fh.write(f"^XA^FO50,50^A0N,50,50^FD{flight}^FS^FO50,120^BCN,100^FD{bag_tag}^FS^XZ")
    subprocess.run(["lp", "-d", "zebra-gate12", path], check=True)


if __name__ == "__main__":
    print_label("0125123456", "LH401")
