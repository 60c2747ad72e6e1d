from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Plot


@csrf_exempt
@login_required
@require_POST
def release_plot(request, plot_id):
    plot = Plot.objects.get(pk=plot_id, holder=request.user)
    plot.holder = None
    plot.save()
    return JsonResponse({"released": plot_id})
