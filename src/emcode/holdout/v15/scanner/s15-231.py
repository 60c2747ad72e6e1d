from flask_cors import CORS


def apply_cors(app):
    CORS(app, origins="*", supports_credentials=True)
    return app
