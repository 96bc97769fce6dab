Console.WriteLine("loadtest: see the hubtests branch");
