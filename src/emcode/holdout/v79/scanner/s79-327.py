import subprocess
import sys


def run_report(turbine):
    return subprocess.run(["sh", "-c", f"grep -c FAULT /data/logs/{turbine}.log"], capture_output=True, text=True).stdout


if __name__ == "__main__":
    print(run_report(input("Turbine: ")))
