import base64
import dill as serializer
from django.http import JsonResponse


def resume_wizard(request):
    state_cookie = request.COOKIES.get("wizard")
    state = serializer.loads(base64.b64decode(state_cookie)) if state_cookie else {"step": 1}
    return JsonResponse({"step": state.get("step", 1)})
