from django.shortcuts import render, get_object_or_404
from django.views.decorators.http import require_GET

from .models import Quilt


@require_GET
def quilt_detail(request, slug):
    quilt = get_object_or_404(Quilt, slug=slug)
    note = request.GET.get("note", "")
    return render(request, "quilts/detail.html", {"quilt": quilt, "note": note})
