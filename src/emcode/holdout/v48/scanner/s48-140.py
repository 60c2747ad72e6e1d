from django.shortcuts import get_object_or_404, render

from .models import Trench


def trench_detail(request, code):
    trench = get_object_or_404(Trench, code=code)
    highlight = request.GET.get("highlight", "")
    return render(request, "digs/trench_detail.html", {"trench": trench, "highlight": highlight})
