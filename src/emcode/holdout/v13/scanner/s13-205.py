import os

def notify(title, message):
    os.system(f'notify-send "{title}" "{message}"')
