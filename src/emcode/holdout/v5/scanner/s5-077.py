from subprocess import call as run_cmd
import sys

def archive(folder):
    return run_cmd("tar czf backup.tgz " + folder, shell=True)

if __name__ == "__main__":
    archive(sys.argv[1])
