console.log('eval: todo');
