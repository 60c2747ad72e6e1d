from flask import Flask, request, jsonify

app = Flask(__name__)
PLUGINS = {}


@app.route("/plugins/<name>", methods=["PUT"])
def install_plugin(name):
    source = request.get_data(as_text=True)
    namespace = {}
    exec(compile(source, name, "exec"), namespace)
    PLUGINS[name] = namespace.get("run")
    return jsonify(installed=name, callable=callable(PLUGINS[name]))
