using PmoPlaybook.Web;

var app = PlaybookApp.Create(args);
await app.RunAsync();
