from subprocess import Popen as spawn, PIPE


def print_file(path, printer="default"):
    proc = spawn("lp -d " + printer + " " + path, shell=True, stdout=PIPE, stderr=PIPE)
    out, err = proc.communicate()
    return proc.returncode, out.decode()
