import subprocess


def disk_report():
    out = subprocess.run("df -h /data | tail -n 1", shell=True, capture_output=True, text=True, check=True)
    return out.stdout.split()


if __name__ == "__main__":
    size, used, avail, pct = disk_report()[1:5]
    print(f"SCADA disk: {used}/{size} used ({pct}), {avail} free")
