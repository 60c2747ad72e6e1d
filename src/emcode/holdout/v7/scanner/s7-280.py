import ast
import operator
from flask import Flask, request, jsonify

app = Flask(__name__)
OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: