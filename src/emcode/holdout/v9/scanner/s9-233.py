import os
import stat


def publish_key(path):
    st = os.stat(path)
    os.chmod(path, st.st_mode | stat.S_IRWXG | stat.S_IRWXO)
