def grade_answer(snippet, answer):
    scope = {"answer": answer, "correct": False}
    exec(snippet, scope)
    return scope["correct"]
