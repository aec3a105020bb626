import os

from flask import Flask

app = Flask(__name__)
# ruleid: python.debug.debug-enabled
app.config["DEBUG"] = True
# ok: python.debug.debug-enabled
app.config["TESTING"] = False

if __name__ == "__main__":
    # ruleid: python.debug.debug-enabled
    app.run(host="0.0.0.0", port=5000, debug=True)
    # ok: python.debug.debug-enabled
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
