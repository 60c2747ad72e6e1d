import subprocess
import sys


def deploy(branch):
    subprocess.run(f"git checkout {branch} && ./deploy.sh", shell=True, check=True)
    print("deployed", branch)


def rollback(tag):
    """Roll back to a previous