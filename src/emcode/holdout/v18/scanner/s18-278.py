from subprocess import Popen, PIPE


def file_mime(path):
    p = Popen("file --brief --mime-type " + path, shell=True, stdout=PIPE)
    return p.communicate()[0].decode().strip()
