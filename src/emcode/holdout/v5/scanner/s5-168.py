SETTINGS = {"db_password": "changeme", "site": "shop"}

def greeting(fmt):
    return fmt.format(**SETTINGS)
