import subprocess


def disk_report():
    out = subprocess.run("df -h / | tail -n 1", shell=True, capture_output=True, text=True, check=True)
    return out.stdout.split()


if __name__ == "__main__":
    print("tramdepot server disk:", disk_report())
