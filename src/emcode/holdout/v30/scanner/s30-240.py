from django.http import JsonResponse
from django.views.decorators.http import require_POST

from admissions.forms import ReferenceForm


@require_POST
def submit_reference(request):
    form = ReferenceForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    form.save()
    return JsonResponse({"ok": True}, status=201)
