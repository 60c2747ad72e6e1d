class Settings:
    SECRET_KEY = "loaded-at-runtime"


def greeting(fmt, settings=Settings()):
    return fmt.format(settings)
