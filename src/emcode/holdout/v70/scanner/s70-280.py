from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.contrib.auth.decorators import login_required

from .models import Plot


@csrf_exempt
@login_required
def cancel_plot(request, pk):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    Plot.objects.filter(pk=pk, owner=request.user).update(status="cancelled")
    return JsonResponse({"ok": True})
