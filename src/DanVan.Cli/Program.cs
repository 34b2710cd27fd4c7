using DanVan.Cli;
using DanVan.Cli.Output;

// The danvan tool: JSON in, official documents out. Every failure is a line on stderr and an exit code, never a
// stack trace (ExitCodes: 0 valid, 1 invalid data, 2 unreadable input or usage).
using Terminal terminal = Terminal.OpenConsole();
return DanVanApp.Run(args, terminal);
