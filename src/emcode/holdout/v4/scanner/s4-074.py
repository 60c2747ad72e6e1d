import paramiko


def make_deploy_key(path):
    key = paramiko.DSSKey.generate(bits=1024)
    key.write_private_key_file(path)
    return key.get_base64()
