import os
import stat


def prepare_shared_log(path):
    open(path, "a").close()
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
