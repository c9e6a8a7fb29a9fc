document.getElementById("app")!.textContent = "…";
