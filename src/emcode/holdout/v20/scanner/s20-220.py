import base64
import _pickle as cPickle

from django.http import JsonResponse


def wizard_step(request):
    state_b64 = request.POST.get("state", "")
    state = cPickle.loads(base64.b64decode(state_b64)) if state_b64 else {}
    state["step"] = state.get("step", 0) + 1
    return JsonResponse({"step": state["step"]})
