import logging

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Plot

logger = logging.getLogger(__name__)


@login_required
def plot_detail(request, plot_id: int):
    plot = get_object_or_404(Plot, pk=plot_id)
    logger.info("plot %d viewed by user %d", plot.pk, request.user.pk)
    return JsonResponse({"plot": plot.pk, "name": plot.name, "size": plot.size_m2})
