from flask_cors import CORS


def apply_cors(app, origins=("https://app.example.com",)):
    CORS(app, origins=list(origins), supports_credentials=True, methods=["GET", "POST"])
    return app
