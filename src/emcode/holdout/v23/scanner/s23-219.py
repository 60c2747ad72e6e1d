import os
import stat


def share_database(db_path):
    mode = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO
    os.chmod(db_path, mode)
