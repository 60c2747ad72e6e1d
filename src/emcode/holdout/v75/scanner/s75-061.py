from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Plot


@login_required
@require_POST
def release_plot(request, plot_id):
    plot = get_object_or_404(Plot, pk=plot_id, holder=request.user)
    plot.holder = None
    plot.save(update_fields=["holder"])
    return JsonResponse({"released": plot_id})
