from django.http import HttpResponse, JsonResponse

from .models import Study


def study_search(request):
    q = request.GET.get("q", "")
    count = Study.objects.filter(title__icontains=q).count()
    return HttpResponse("<p>%d studies match <em>%s</em></p>" % (count, q))


def study_detail(request, pk):
    s = Study.objects.get(pk=pk)
    return JsonResponse({"id": s.pk, "title": s.title, "sites": list(s.sites.values_list("code", fl