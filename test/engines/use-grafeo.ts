// The Grafeo half: whatever the shell exported, the graph under test is the embedded one.
delete process.env.NEO4J_URI;
