from django.shortcuts import render

def profile(request):
    nickname = request.GET.get("nick", "")
    return render(request, "profile.html", {"nickname": nickname})
